"""The ``resguardo`` command line: commands parse their input and call the engine."""
