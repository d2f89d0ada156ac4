"""Imports every built-in reader so that it registers itself."""

from . import arxiv, bibtex, csv_file, hf_api, hf_daily, json_file, jsonl, openalex, semantic_scholar  # noqa: F401
