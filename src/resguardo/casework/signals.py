"""Signal handlers that keep derived data (the engine roster) current. See roster.py."""
