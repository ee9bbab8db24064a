"""Access to the benchmark's floor view (issue 8)."""

from tests.matrix.expectations import OK, everyone

EXPECTATIONS = {
    "healthz_ping": everyone(OK),
}
