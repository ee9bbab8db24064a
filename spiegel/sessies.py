"""The database session store, with the refresh of an existing session in one statement.

`SESSION_SAVE_EVERY_REQUEST` (the idle timeout) writes the session on every signed-in
request. Django's store wraps that write in a transaction (BEGIN, UPDATE, COMMIT: three
round trips); a single UPDATE of one row by its key is atomic by itself, so an existing
session is refreshed with just that. New sessions are created exactly as Django does.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError
from django.db import DatabaseError, router


class SessionStore(db.SessionStore):
    def save(self, must_create=False):
        if must_create or self.session_key is None:
            return super().save(must_create=must_create)
        data = self._get_session()
        using = router.db_for_write(self.model)
        try:
            bijgewerkt = (
                self.model.objects.using(using)
                .filter(session_key=self.session_key)
                .update(session_data=self.encode(data), expire_date=self.get_expiry_date())
            )
        except DatabaseError as exc:
            raise UpdateError from exc
        if not bijgewerkt:
            # The row is gone (signed out elsewhere, or purged): as Django's forced update.
            raise UpdateError
