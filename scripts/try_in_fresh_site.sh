#!/bin/sh
# The plugin alone in a brand-new Wagtail site, as another hospital would install it
# (README "Use casepages in your site"): a fresh virtualenv with the casepages wheel and Wagtail, `wagtail start`,
# the documented settings and URL lines, check, migrate, setup_roles, then
# scripts/fresh_site_walkthrough.py run as a command of the new site: a case story in English
# through the review workflow, its Chinese translation through review, both public pages fetched.
#
#   scripts/try_in_fresh_site.sh                  # builds the wheel from this checkout first
#   CASEPAGES_WHEEL=var/dist/casepages-0.1.0-py3-none-any.whl scripts/try_in_fresh_site.sh
#
# Needs only the package index. Works in a temporary folder, removed at the end (KEEP=1 keeps it).
# Stops at the first step that fails, naming it, with the end of that step's output.
set -eu

REPO=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
WAGTAIL_VERSION=${WAGTAIL_VERSION:-8.0.1}
STARTED=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casepages-fresh-site.XXXXXX")
LOG="$WORK/step.log"

finish() {
    status=$?
    if [ "${KEEP:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
    echo "try_in_fresh_site: $([ "$status" = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - STARTED)) s"
}
trap finish EXIT

# step NAME COMMAND...: run COMMAND with its output in $LOG; on failure, name the step and show the log's end.
step() {
    name=$1
    shift
    printf '%s ... ' "$name"
    step_started=$(date +%s)
    if "$@" >"$LOG" 2>&1; then
        echo "ok ($(($(date +%s) - step_started)) s)"
    else
        echo "FAILED"
        echo "--- the step \"$name\" failed; the end of its output:"
        tail -n 40 "$LOG"
        echo "---"
        exit 1
    fi
}

# --- What the host site adds: the settings and URL blocks of the README's "Use casepages in your
# site", read from it (each is the ```python block after its `<!-- fresh-site: … -->` marker). ---
readme_block() {
    awk -v marker="<!-- fresh-site: $1 -->" '
        $0 == marker { found = 1; next }
        found && /^```python/ { inside = 1; next }
        inside && /^```/ { exit }
        inside { print }
    ' "$REPO/README.md"
}
HOST_SETTINGS="
# casepages (README \"Use casepages in your site\")
$(readme_block settings)
"
# Wagtail's catch-all, the last URL pattern, served under a language prefix (/en/…, /zh-hans/…).
CATCH_ALL='    path("", include(wagtail_urls)),'
HOST_URLS="
# casepages (README \"Use casepages in your site\")
$(readme_block urls)
"
if [ -z "$(readme_block settings)" ] || [ -z "$(readme_block urls)" ]; then
    echo "README.md has no <!-- fresh-site: settings --> or <!-- fresh-site: urls --> block"
    exit 1
fi
# -----------------------------------------------------------------------------------------------

build_wheel() {
    "$REPO/.venv/bin/python" -m build --outdir "$WORK/dist" "$REPO"
}

make_venv() {
    "$PYTHON" -m venv "$WORK/venv"
}

install_plugin() {
    "$WORK/venv/bin/pip" install --disable-pip-version-check "casepages @ file://$WHEEL" "wagtail==$WAGTAIL_VERSION"
}

start_site() {
    cd "$WORK" && "$WORK/venv/bin/wagtail" start mysite
}

add_host_lines() {
    # (Each command chained: a step runs as an `if` condition, where `set -e` does not act.)
    printf '%s' "$HOST_SETTINGS" >>"$SITE/mysite/settings/base.py" &&
        if ! grep -qxF "$CATCH_ALL" "$SITE/mysite/urls.py"; then
            echo "mysite/urls.py has no line '$CATCH_ALL' to put under i18n_patterns"
            return 1
        fi &&
        grep -vxF "$CATCH_ALL" "$SITE/mysite/urls.py" >"$WORK/urls.py" &&
        printf '%s' "$HOST_URLS" >>"$WORK/urls.py" &&
        mv "$WORK/urls.py" "$SITE/mysite/urls.py" &&
        # The walkthrough is the host's code: a management command of the new site's own `home` app.
        mkdir -p "$SITE/home/management/commands" &&
        touch "$SITE/home/management/__init__.py" "$SITE/home/management/commands/__init__.py" &&
        cp "$REPO/scripts/fresh_site_walkthrough.py" "$SITE/home/management/commands/casepages_walkthrough.py"
}

manage() {
    cd "$SITE" && "$WORK/venv/bin/python" manage.py "$@"
}

if [ -n "${CASEPAGES_WHEEL:-}" ]; then
    WHEEL=$(cd "$(dirname "$CASEPAGES_WHEEL")" && pwd)/$(basename "$CASEPAGES_WHEEL")
else
    step "build the casepages wheel" build_wheel
    WHEEL=$(ls "$WORK"/dist/casepages-*.whl)
fi
SITE="$WORK/mysite"
echo "in $WORK, with $(basename "$WHEEL") and Wagtail $WAGTAIL_VERSION"

step "fresh virtualenv ($PYTHON)" make_venv
step "pip install casepages wagtail==$WAGTAIL_VERSION" install_plugin
step "wagtail start mysite" start_site
step "add the documented settings and URL lines" add_host_lines
step "manage.py check" manage check
step "manage.py migrate" manage migrate --no-input
step "manage.py setup_roles" manage setup_roles
step "walkthrough: write, review, translate, publish, fetch" manage casepages_walkthrough
cat "$LOG"
