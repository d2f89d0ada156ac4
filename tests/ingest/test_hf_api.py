"""Hugging Face papers API JSON: daily papers, search results and single paper objects."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import get_reader, read_inputs
from kg.model import Link, Paper, Role, Skip


def _read(path):
    return list(get_reader("hf-api").read(path))


def test_hf_api_daily_papers_reads_nested_paper_fields(formats_dir):
    recs = _read(formats_dir / "hf_api" / "daily_papers.json")
    papers = [r for r in recs if isinstance(r, Paper)]
    deepseek = papers[0]
    assert deepseek.arxiv_id == "2401.02954"
    assert deepseek.title == "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism"  # folded
    assert deepseek.abstract.startswith("The rapid development of open-source large language models (LLMs) has been truly remarkable. We study")
    assert deepseek.authors == ("Xiao Bi", "Deli Chen", "Guanting Chen")
    assert deepseek.date == "2024-01-05" and deepseek.year == 2024
    assert deepseek.upvotes == 42
    assert deepseek.organization == "DeepSeek"
    assert deepseek.links == (Link("https://github.com/deepseek-ai/DeepSeek-LLM", Role.CODE_URL, "githubRepo"),)
    assert deepseek.keywords == ("scaling laws", "large language models", "direct preference optimization")
    assert deepseek.url == "https://huggingface.co/papers/2401.02954"


def test_hf_api_daily_papers_links_version_and_outer_fields(formats_dir):
    papers = [r for r in _read(formats_dir / "hf_api" / "daily_papers.json") if isinstance(r, Paper)]
    spin, outer = papers[1], papers[2]
    assert spin.arxiv_id == "2401.01335"  # "v2" stripped
    assert spin.links == (
        Link("https://github.com/uclaml/SPIN", Role.CODE_URL, "githubRepo"),
        Link("https://uclaml.github.io/SPIN/", Role.OTHER_URL, "projectPage"),
    )
    # title and summary only on the daily-papers item around the paper
    assert outer.title == "A Paper Whose Title Is Only On The Outer Item"
    assert outer.abstract.startswith("This item has its title and summary")
    assert outer.organization == "some-lab"
    assert outer.date == "2024-01-01"


def test_hf_api_item_without_any_title_is_a_skip(formats_dir):
    recs = _read(formats_dir / "hf_api" / "daily_papers.json")
    skips = [r for r in recs if isinstance(r, Skip)]
    assert len(skips) == 1
    assert skips[0].source.record == 4 and "no title" in skips[0].reason and skips[0].fix


def test_hf_api_single_paper_object(formats_dir):
    (paper,) = _read(formats_dir / "hf_api" / "paper.json")
    assert paper.arxiv_id == "2305.18290"
    assert paper.title.startswith("Direct Preference Optimization")
    assert paper.authors == ("Rafael Rafailov", "Archit Sharma")
    assert paper.keywords == ("DPO", "RLHF", "reward model")
    assert paper.upvotes == 58 and paper.year == 2023


def test_hf_api_search_results(formats_dir):
    papers = _read(formats_dir / "hf_api" / "search.json")
    assert [p.arxiv_id for p in papers] == ["2305.18290", "2402.01306"]
    assert papers[1].links == (Link("https://github.com/ContextualAI/HALOs", Role.CODE_URL, "githubRepo"),)
    # the nested paper's summary wins over the shorter outer one
    assert "achieving precise control" in papers[0].abstract


def test_hf_api_forced_on_another_json_shape_names_the_shape(bad_dir):
    with pytest.raises(InputError) as e:
        _read(bad_dir / "unknown_shape.json")
    assert "unknown_shape.json" in str(e.value) and "'status'" in str(e.value)
    assert e.value.fix


def test_hf_api_same_paper_in_two_responses_is_one_paper(formats_dir, tmp_path):
    (tmp_path / "a.json").write_text((formats_dir / "hf_api" / "paper.json").read_text())
    (tmp_path / "b.json").write_text((formats_dir / "hf_api" / "search.json").read_text())
    result = read_inputs([tmp_path])
    assert len(result.papers) == 2
    dpo = result.papers[0]
    assert [s.path.rsplit("/", 1)[-1] for s in dpo.sources] == ["a.json", "b.json"]
