"""Photo sanitizer: strip all metadata, blur faces and identifying text, report what was done.

>>> from resguardo.engine.photo import PhotoSanitizer
>>> result = PhotoSanitizer(roster=roster).sanitize("IMG_0412.HEIC")
>>> result.report.gps, len(result.report.faces), result.format
"""

from .sanitize import PhotoSanitizer, sanitize_photo
from .types import BlurText, FaceFound, PhotoError, PhotoReport, Region, SanitizedPhoto, TextFound

__all__ = [
    "BlurText",
    "FaceFound",
    "PhotoError",
    "PhotoReport",
    "PhotoSanitizer",
    "Region",
    "SanitizedPhoto",
    "TextFound",
    "sanitize_photo",
]
