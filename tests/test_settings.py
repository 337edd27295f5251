"""Production settings: secrets from the environment, and Django's deployment checks pass."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]


def manage(*arguments, **environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120
    )


def test_deploy_checks_are_clean_under_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="hospital.settings.production",
        DJANGO_SECRET_KEY="a-long-random-production-secret-" + "x7Qp2Lm9Zr4Tw8Ks" * 3,
        DJANGO_ALLOWED_HOSTS="patients.hospital.example",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_its_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="hospital.settings.production", DJANGO_ALLOWED_HOSTS="x.example")
    assert result.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable." in result.stderr


@pytest.mark.parametrize(
    ("environment", "translator"),
    [
        ({}, "None"),
        ({"LIBRETRANSLATE_URL": "http://127.0.0.1:5000"}, "LibreTranslator"),
        ({"DEEPL_AUTH_KEY": "key:fx"}, "GlossaryDeepLTranslator"),
        ({"DEEPL_AUTH_KEY": "key:fx", "LIBRETRANSLATE_URL": "http://127.0.0.1:5000"}, "GlossaryDeepLTranslator"),
    ],
)
def test_the_machine_translator_is_chosen_by_the_environment(environment, translator):
    unset = {"DEEPL_AUTH_KEY": "", "LIBRETRANSLATE_URL": ""}
    result = manage(
        "shell",
        "-c",
        "from wagtail_localize.machine_translators import get_machine_translator as get; "
        "print(type(get()).__name__ if get() else None)",
        **{**unset, **environment, "DJANGO_SETTINGS_MODULE": "hospital.settings.dev"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == translator
