"""Imports every built-in reader so that it registers itself."""

from . import hf_daily  # noqa: F401
