// Check as the worker types: POST the form (without photos) to the live endpoint after a pause and
// replace the results region. Without JavaScript the buttons submit the form and the page does the same.
(function () {
  "use strict";
  var form = document.getElementById("compose-form");
  if (!form) { return; }
  var results = document.getElementById("check-results");
  var url = form.getAttribute("data-live-url");
  var timer = null;
  var inFlight = null;

  function wireCopy() {
    var button = document.getElementById("copy-redacted");
    var text = document.getElementById("redacted-text");
    if (!button || !text || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.value);
    });
  }

  function check() {
    var data = new FormData(form);
    data.delete("photos");
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    fetch(url, {
      method: "POST", body: data, credentials: "same-origin", signal: inFlight.signal,
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().catch(function () { return null; });
    }).then(function (payload) {
      if (payload && payload.html) {
        results.innerHTML = payload.html;
        wireCopy();
      }
    }).catch(function () { /* offline or aborted: the buttons still work */ });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 500);
  }

  form.addEventListener("input", function (event) {
    if (event.target && event.target.type !== "file") { schedule(); }
  });
  form.addEventListener("change", function (event) {
    if (event.target && event.target.id === "id_case") { form.requestSubmit(document.getElementById("refresh-recipients")); }
  });
  wireCopy();
}());
