"""Resguardo: privacy and compliance for child-welfare agencies on social media."""

__version__ = "0.1.0"
