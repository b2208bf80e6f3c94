"""Shared word lists: months and weekdays in both languages."""

from __future__ import annotations

MONTHS_ES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    "|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic"
)
MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
MONTHS = f"{MONTHS_ES}|{MONTHS_EN}"

# Words for the people a case or health detail is about, in accent-folded lower case, as
# parents, youth, foster parents and caseworkers write them (chat forms included).
RELATIONS_ES = (
    r"hij[oa]s?|hijit[oa]s?|mij[oa]s?|nin[oa]s?|nen[ea]s?|bebes?|bebit[oa]s?|chamac[oa]s?|chiquit[oa]s?"
    r"|peques?|hermanit[oa]s?|herman[oa]s?|prim[oa]s?|sobrin[oa]s?|niet[oa]s?|mama|mami|madre|papa|papi"
    r"|padre|abuel[oa]s?|abuelit[oa]s?|abue|ti[oa]s?|esposo|esposa|marido|novi[oa]|pareja|ex|suegr[oa]"
    r"|cunad[oa]|padrastro|madrastra|hijastr[oa]s?|client[ea]|trabajador[a]?|licenciad[oa]|lic|abogad[oa]"
    r"|caso|cuates?|morrit[oa]s?|chav[oa]s?|muchach[oa]s?"
)
RELATIONS_EN = (
    r"sons?|daughters?|kids?|kiddos?|child|children|bab(?:y|ies)|boys?|girls?|brothers?|sisters?|bro|sis"
    r"|mom|mommy|mother|mama|dad|daddy|father|grandma|granny|grandpa|grandmother|grandfather|nana"
    r"|aunt|auntie|uncle|cousins?|nephews?|nieces?|husband|wife|bf|gf|boyfriend|girlfriend|partner"
    r"|fiance|ex|step(?:son|daughter|mom|dad|kids?)|clients?|worker|caseworker|cw|lawyer|attorney|case"
    r"|youth|teen|twins|little\s+ones?|lil\s+(?:ones?|man|bro|sis)"
)
RELATIONS = f"{RELATIONS_ES}|{RELATIONS_EN}"
# Child-welfare agencies as families name them: "cps took my kids", "el dif se la llevó".
AGENCIES = (
    r"cps|dcfs|dcf|dcs|dss|dhs|acs|dcyf|ocs|dfps|dif|snd?if|dhhs|the\s+county|the\s+state|el\s+condado"
    r"|el\s+estado|servicios\s+(?:sociales|infantiles)|child\s+services|social\s+services|la\s+procu(?:raduria)?"
)
