"""Printed documents (reportlab, US letter), Django-free: callers describe a page as a list of typed blocks
(``blocks``) and ``document.build`` turns it into PDF bytes.

- ``text`` — every piece of text, ours or the user's, becomes ``Markup`` only through ``esc``/``fmt``
  (Helvetica-safe and XML-escaped), so a name like "<b>x</b> & <script>" prints as written.
- ``styles`` — the fonts, colours and paragraph styles, by name.
- ``blocks`` — Title, Heading, Paragraph, Bullets, KeyValue of Fields, Notice, Signatures, Space, Together….
- ``bilingual`` — Spanish and English: choosing the languages, "Canal / Channel" labels, and two versions of
  the same blocks interleaved (the second language in italics under the first).
- ``document`` — page size, margins, "Page X of Y" footers, compression; ``build()``.

Translation stays with the caller (Django's ``translation.override``): these modules only lay out text.
"""
