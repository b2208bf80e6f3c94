"""Casework: the agency, its caseload and people, consents, contact rules, platforms and accounts.

A Django app that is a client of the privacy engine (`resguardo.engine`); the engine never imports it.
"""
