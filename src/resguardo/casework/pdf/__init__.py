"""Printable PDFs of casework (reportlab, US letter, through ``resguardo.printing``): the consent form for a
person, platform and purpose (``consent_form``), and the one-page summary of a child's contact rules for the
youth and the caregivers (``contact_rules``).

Every text is translated with ``translation.override(lang)`` (English msgids) and every piece of text, ours
or the user's, becomes markup only through ``resguardo.printing.text.esc``/``fmt``, so a name like
"<b>x</b> & <script>" prints as written.
"""

from resguardo.casework.pdf.consent_form import consent_form_pdf
from resguardo.casework.pdf.contact_rules import RULE_ORDER, contact_rules_pdf, rule_sentence
from resguardo.printing.bilingual import LANGS

__all__ = ["LANGS", "RULE_ORDER", "consent_form_pdf", "contact_rules_pdf", "rule_sentence"]
