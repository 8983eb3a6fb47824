#!/usr/bin/env bash
# One entry point for every set-up step. On a fresh machine:
#   ./run.sh          create .venv, install the host and every plugin, serve on :8000
#   ./run.sh test     install the test dependencies and run every test
#   ./run.sh plugins  list the plugins that loaded
#   ./run.sh load     a locust load run against a fresh offline host (see README)
#   ./run.sh cluster  Redis, 2 hosts and nginx on :8000, all local (--hosts N); Ctrl-C stops them
#   ./run.sh local-llm  serve with a small local model (llama.cpp + SmolLM2), no account needed
#   ./run.sh clean    remove the venv and caches (never user_contexts/)
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PY="$VENV/bin/python"

ensure_venv() {
    if [ ! -x "$PY" ]; then
        echo "==> creating $VENV"
        python3 -m venv "$VENV"
    fi
}

# Install the host and every plugin under plugins/ (editable), plus the extras asked for.
# A stamp file skips the install when nothing it depends on has changed.
install() {
    local extras="$1"
    ensure_venv
    local stamp="$VENV/.installed-${extras:-base}"
    local newest
    newest=$(ls -t pyproject.toml plugins/*/pyproject.toml 2>/dev/null | head -n1)
    if [ -f "$stamp" ] && [ "$stamp" -nt "$newest" ] && [ "$stamp" -nt run.sh ]; then
        return
    fi
    echo "==> installing agenthost${extras:+[$extras]} and plugins into $VENV"
    if [[ "$extras" == *local-llm* ]]; then
        # llama-cpp-python builds from source (about 4 minutes on 2 cores). A native build
        # crashes on the first generation on some CPUs; these flags make a portable one.
        export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF}"
        echo "    (building llama-cpp-python from source: a few minutes)"
    fi
    local args=(-e ".${extras:+[$extras]}")
    for plugin in plugins/*/; do
        [ -f "$plugin/pyproject.toml" ] && args+=(-e "$plugin")
    done
    "$PY" -m pip install --quiet --disable-pip-version-check "${args[@]}"
    touch "$stamp"
}

cmd="${1:-serve}"
[ $# -gt 0 ] && shift
case "$cmd" in
    serve)
        install ""
        exec "$VENV/bin/agenthost" serve "$@"
        ;;
    test)
        install "test"
        if [ "${AGENTHOST_REAL_LLM:-}" = "1" ]; then
            install "test,local-llm"
        fi
        exec "$PY" -m pytest "$@"
        ;;
    plugins)
        install ""
        exec "$VENV/bin/agenthost" plugins "$@"
        ;;
    load)
        install "test"
        exec "$PY" clients/run_load.py "$@"
        ;;
    cluster)
        install ""
        exec "$PY" clients/run_cluster.py "$@"
        ;;
    local-llm)
        install "local-llm"
        exec "$PY" clients/local_llm.py "$@"
        ;;
    clean)
        rm -rf "$VENV" build dist .pytest_cache reports/*.tmp
        find . -name __pycache__ -type d -prune -not -path "./user_contexts/*" -exec rm -rf {} +
        find . -name "*.egg-info" -type d -prune -not -path "./user_contexts/*" -exec rm -rf {} +
        echo "removed $VENV and caches (user_contexts/ kept)"
        ;;
    *)
        echo "usage: ./run.sh [serve|test|plugins|load|cluster|local-llm|clean] [args...]" >&2
        exit 2
        ;;
esac
