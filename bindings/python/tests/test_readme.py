"""The README's "From Python" example runs and its assertions hold."""

from conftest import REPO


def test_readme_example(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## From Python") :]
    start = section.index("```python\n") + len("```python\n")
    code = section[start : section.index("```", start)]
    assert "assert" in code and "byline.annotate(" in code
    # the example's gazetteer file
    (tmp_path / "orgs.tsv").write_text("Harbor Works Trust\torganization\t\tHWT\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(code, "README.md (From Python)", "exec"), scope)
    assert len(scope["docs"]) == 100
    assert scope["custom"].annotate("The HWT met.").entities[0].name == "Harbor Works Trust"
