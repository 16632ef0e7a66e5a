"""Indonesian language data: plain data modules, no algorithms."""
