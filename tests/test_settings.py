"""Production settings: secrets from the environment, and Django's deployment checks pass."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import global_settings

REPOSITORY = Path(__file__).resolve().parents[1]
SETTINGS_FOLDER = REPOSITORY / "site" / "hospital" / "settings"

# What production needs from the environment, besides whatever a test is about (HTTP on loopback).
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "hospital.settings.production",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Qp2Lm9Zr4Tw8Ks" * 3,
    "DJANGO_ALLOWED_HOSTS": "patients.hospital.example",
    "WAGTAILADMIN_BASE_URL": "https://patients.hospital.example",
    "REDIS_URL": "redis://cache.hospital.internal:6379/0",
}


def manage(*arguments, **environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120
    )


def test_deploy_checks_are_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_checks_refuse_a_cache_that_each_worker_keeps_for_itself():
    # Without Redis the cache is each process's memory: 2 workers would take 2 × 5 messages an hour
    # from one address, and a form's token could be replayed once per worker.
    result = manage("check", "--deploy", **{**PRODUCTION, "REDIS_URL": ""})
    assert result.returncode != 0
    assert "casepages.E104" in result.stderr


def test_production_refuses_to_start_without_the_admin_base_url():
    # Password-reset and notification links would otherwise point at http://127.0.0.1:8000.
    result = manage("check", **{**PRODUCTION, "WAGTAILADMIN_BASE_URL": ""})
    assert result.returncode != 0
    assert "Set the WAGTAILADMIN_BASE_URL environment variable." in result.stderr


def environment_variables_read_by_the_settings():
    """Every NAME in os.environ.get("NAME"), os.environ["NAME"] and required_env("NAME") in the settings."""
    names = set()
    for path in SETTINGS_FOLDER.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                called = ast.unparse(node.func)
                if called in ("os.environ.get", "required_env", "os.getenv"):
                    names.add(node.args[0].value)
            elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                if isinstance(node.slice, ast.Constant):
                    names.add(node.slice.value)
    return names


def settings_names():
    """Django's own settings and every name our settings files assign."""
    names = {name for name in dir(global_settings) if name.isupper()}
    for path in SETTINGS_FOLDER.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign):
                names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


# Names in the README that are neither settings nor variables of ours.
NOT_VARIABLES = {
    "IGNORE_EXCEPTIONS": "a django-redis option",
    "SHOWN_ON_PUBLIC_PAGES": "a list in casepages.cache",
    "AWS_ACCESS_KEY_ID": "read by boto3 itself",
    "AWS_SECRET_ACCESS_KEY": "read by boto3 itself",
    "PG_BIN": "read by scripts/backup.sh and restore.sh and the tests' clusters",
}


def test_every_variable_the_readme_names_is_one_the_site_reads():
    readme = (REPOSITORY / "README.md").read_text()
    named = set(re.findall(r"`([A-Z][A-Z0-9]*_[A-Z0-9_]+)`", readme))
    known = environment_variables_read_by_the_settings() | settings_names() | set(NOT_VARIABLES)
    assert "CASEPAGES_TRUSTED_PROXY_COUNT" in environment_variables_read_by_the_settings()
    assert sorted(named - known) == []


def test_production_refuses_to_start_without_its_secret_key():
    result = manage("check", **{**PRODUCTION, "DJANGO_SECRET_KEY": ""})
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
