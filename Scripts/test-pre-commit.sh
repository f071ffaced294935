#!/usr/bin/env bash
# Tests the pre-commit hook (.pre-commit-hooks.yaml) the way users run it: the
# real `pre-commit` from PyPI, in a throw-away virtual environment, runs the
# hook from this checkout (`pre-commit try-repo`) in a temporary git repository
# with one good and one bad workforce document. The hook must fail on the bad
# document with wflint's message, and pass once the document is fixed.
#
# pre-commit's try-repo would build from the checkout's HEAD plus its
# uncommitted changes to tracked files (untracked ones unseen), making a new
# shadow commit, and so a new release build, on every call. This script makes
# that snapshot itself, once: HEAD, plus uncommitted changes, plus untracked
# files that are not ignored, committed in a throw-away clone; both runs use it
# (`try-repo SNAPSHOT --ref SHA`), so wflint is built once (`swift build -c
# release`, a few minutes).
#
# Usage: Scripts/test-pre-commit.sh [CHECKOUT]   (default: this script's repository)
# Ends with `pre-commit hook test: N passed, M failed`; exit status 0 only if
# every check passed.
set -uo pipefail

checkout="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }
finish() {
    echo "pre-commit hook test: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

echo "== installing pre-commit from PyPI into $work/venv"
if ! python3 -m venv "$work/venv" || ! "$work/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit; then
    fail "install pre-commit"
    finish
fi
"$work/venv/bin/pre-commit" --version

echo "== snapshot of $checkout (HEAD, uncommitted changes and untracked files)"
snapshot="$work/checkout"
if ! git clone --quiet --no-local "$checkout" "$snapshot"; then
    fail "clone the checkout"
    finish
fi
(cd "$checkout" && git diff --binary HEAD) >"$work/changes.patch"
if [ -s "$work/changes.patch" ] && ! (cd "$snapshot" && git apply --whitespace=nowarn "$work/changes.patch"); then
    fail "apply the checkout's uncommitted changes"
    finish
fi
(cd "$checkout" && git ls-files --others --exclude-standard -z | xargs -0 -r cp --parents -t "$snapshot")
(
    cd "$snapshot" && git add -A &&
        git -c user.email=test@example.com -c user.name="pre-commit test" commit --quiet --allow-empty -m snapshot
) || { fail "commit the snapshot"; finish; }
ref="$(git -C "$snapshot" rev-parse HEAD)"

# A repository of its own, with everything pre-commit keeps (the built hook
# included) inside the throw-away folder.
export PRE_COMMIT_HOME="$work/pre-commit-home"
repo="$work/repo"
mkdir -p "$repo/workforces"
cd "$repo" || exit 2
git init --quiet
git config user.email test@example.com
git config user.name "pre-commit test"

cat > workforces/good.yaml <<'EOF'
WorkforceName: team-good
CognitoConfig:
  UserPool: us-east-1_abcdEFGH1
  ClientId: 1example23456789
EOF
cat > workforces/bad.yaml <<'EOF'
WorkforceName: team-bad
CognitoConfg:
  UserPool: us-east-1_abcdEFGH1
  ClientId: 1example23456789
EOF
cat > workforces/main.tf <<'EOF'
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "team-tf"
  cognito_confg {
    client_id = "1example23456789"
    user_pool = "us-east-1_abcdEFGH1"
  }
}
EOF
git add workforces
git commit --quiet -m "workforce documents"

run_hook() {
    "$work/venv/bin/pre-commit" try-repo "$snapshot" wflint --ref "$ref" --all-files --color never >"$work/output.txt" 2>&1
}

echo "== the hook on a repository with a bad document (builds wflint in release mode; takes a while)"
run_hook
status=$?
cat "$work/output.txt"
expected='workforces/bad.yaml:2:1: error: "CognitoConfg" is not a member of CreateWorkforceRequest; did you mean '"'"'CognitoConfig'"'"'? [WF003 unknown-field]'
if [ "$status" -ne 0 ] && grep -qF -- "$expected" "$work/output.txt" && ! grep -qF "good.yaml:" "$work/output.txt"; then
    pass "the hook fails on the bad document with wflint's message"
else
    fail "the hook should fail (status $status) with: $expected"
fi
expected='workforces/main.tf:3:3: error: "cognito_confg" is not a member of aws_sagemaker_workforce.main; did you mean '"'"'cognito_config'"'"'? [WF003 unknown-field]'
if grep -qF -- "$expected" "$work/output.txt"; then
    pass "the hook lints the Terraform file too, in Terraform's names"
else
    fail "the hook should report: $expected"
fi

echo "== the hook once the document is fixed"
sed -i 's/^CognitoConfg:/CognitoConfig:/' workforces/bad.yaml
sed -i 's/cognito_confg/cognito_config/' workforces/main.tf
git add workforces
run_hook
status=$?
cat "$work/output.txt"
if [ "$status" -eq 0 ] && grep -qE '^wflint\.+Passed$' "$work/output.txt"; then
    pass "the hook passes once the document is fixed"
else
    fail "the hook should pass (status $status)"
fi

finish
