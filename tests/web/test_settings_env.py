"""Settings from the environment: a mistyped value stops the start with the variable's name, never a
silent default; secrets can come from a file."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from resguardo.web.env import env_bool, env_int, env_list, env_secret


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("Yes", True), ("off", False), ("0", False)]
)
def test_booleans_in_the_usual_spellings(raw: str, expected: bool) -> None:
    assert env_bool("DEBUG", not expected, {"DEBUG": raw}) is expected


def test_an_unset_or_blank_value_takes_the_default() -> None:
    assert env_bool("DEBUG", True, {}) is True
    assert env_int("EMAIL_PORT", 25, {"EMAIL_PORT": " "}) == 25
    assert env_list("ALLOWED_HOSTS", "a, b,,", {}) == ["a", "b"]


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: env_bool("DEBUG", False, {"DEBUG": "maybe"}), "DEBUG='maybe'"),
        (lambda: env_int("SESSION_COOKIE_AGE", 1800, {"SESSION_COOKIE_AGE": "30m"}), "whole number"),
        (lambda: env_int("LOGIN_MAX_FAILURES", 5, {"LOGIN_MAX_FAILURES": "0"}, minimum=1), "at least 1"),
    ],
)
def test_a_bad_value_is_refused_naming_the_variable(call, words: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=words):
        call()


def test_a_secret_from_a_file(tmp_path) -> None:
    key = tmp_path / "key"
    key.write_text("s3cret-from-file\n")
    assert env_secret("SECRET_KEY", "", {"SECRET_KEY_FILE": str(key)}) == "s3cret-from-file"
    assert env_secret("SECRET_KEY", "dflt", {}) == "dflt"
    with pytest.raises(ImproperlyConfigured, match="not both"):
        env_secret("SECRET_KEY", "", {"SECRET_KEY": "x", "SECRET_KEY_FILE": str(key)})
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        env_secret("SECRET_KEY", "", {"SECRET_KEY_FILE": str(tmp_path / "missing")})
    (tmp_path / "empty").write_text("")
    with pytest.raises(ImproperlyConfigured, match="empty"):
        env_secret("SECRET_KEY", "", {"SECRET_KEY_FILE": str(tmp_path / "empty")})


def test_the_settings_refuse_a_mistyped_number_at_start(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "RESGUARDO_DATA_DIR": str(tmp_path), "SESSION_COOKIE_AGE": "half an hour"}
    done = subprocess.run(
        [sys.executable, "-c", "import resguardo.web.settings"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "SESSION_COOKIE_AGE='half an hour'" in done.stderr


def test_a_check_limit_of_zero_means_no_limit_and_starts(tmp_path) -> None:
    """The README and the benchmarks turn the check limit off with CHECK_RATE_LIMIT=0."""
    env = {"PATH": "/usr/bin:/bin", "RESGUARDO_DATA_DIR": str(tmp_path), "CHECK_RATE_LIMIT": "0"}
    code = "import resguardo.web.settings as s; print(s.CHECK_RATE_LIMIT)"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
