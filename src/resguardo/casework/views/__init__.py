"""Views of the casework app, one module per area; URLs are collected in resguardo.casework.urls."""
