"""Accounts: send only from an active agency account registered to the worker who sends."""

from __future__ import annotations

from django.utils.translation import gettext as _

from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip


def agency_account(ctx: CheckContext) -> list[Reason]:
    req = ctx.request
    account = req.account
    if account is None:
        message = _("No agency account chosen: send only from an account registered to the agency.")
        return [Reason("account.missing", "review" if req.platform is not None else "info", message, tip("accounts"))]
    if account.agency_id != req.agency.pk or not account.active:
        return [
            Reason("account.unregistered", "block", _("This account is not an active agency account."), tip("accounts"))
        ]
    if account.owner_id != req.user.pk:
        message = _("This agency account is registered to another worker.")
        return [Reason("account.not_yours", "block", message, tip("accounts"))]
    return []
