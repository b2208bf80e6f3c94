"""Detectors: one small module each.  The registry maps versioned names to import paths
so a pipeline imports only what its configuration names (no import-time registration)."""

from __future__ import annotations

import importlib

from ..types import Detector

REGISTRY: dict[str, str] = {
    "phone.v1": "resguardo.engine.detectors.phone:PhoneDetector",
    "email.v1": "resguardo.engine.detectors.contact:EmailDetector",
    "url.v1": "resguardo.engine.detectors.contact:UrlDetector",
    "handle.v1": "resguardo.engine.detectors.contact:HandleDetector",
    "id.v1": "resguardo.engine.detectors.ids:IdDetector",
    "date.v1": "resguardo.engine.detectors.dates:DateDetector",
    "age.v1": "resguardo.engine.detectors.ages:AgeDetector",
    "address.v1": "resguardo.engine.detectors.address:AddressDetector",
    "school.v1": "resguardo.engine.detectors.school:SchoolDetector",
    "names.v1": "resguardo.engine.detectors.names:NamesByContextDetector",
    "gazetteer.v1": "resguardo.engine.detectors.gazetteer:GazetteerDetector",
    "ner.v1": "resguardo.engine.detectors.ner:NerDetector",
    "ner_en.v1": "resguardo.engine.detectors.ner:EnglishNerDetector",
}


def load(name: str) -> type[Detector]:
    module_name, _, attr = REGISTRY[name].partition(":")
    cls: type[Detector] = getattr(importlib.import_module(module_name), attr)
    return cls
