"""A slow file-based mail backend for the worker-kill test: it marks that sending began,
waits, then writes the mail. The worker is killed while it waits."""

import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend


class SlowFileBackend(EmailBackend):
    def send_messages(self, email_messages):
        marker = Path(self.file_path) / f"bezig-{os.getpid()}-{time.monotonic_ns()}.marker"
        marker.write_text("sending")
        time.sleep(float(os.environ.get("SLOW_MAIL_SECONDS", "4")))
        return super().send_messages(email_messages)
