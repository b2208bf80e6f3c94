"""Evaluation of the engine on public corpora and the project's own fixtures.

Pure standard library on purpose: the Presidio benchmark imports these loaders
from its own virtualenv, where Resguardo's dependencies are not installed.
"""
