from tests.matrix.expectations import LOGIN, NOT_FOUND, OK, REDIRECT, Exp, everyone, signed_in

EXPECTATIONS = {
    "spiegel:home": everyone(OK),
    "spiegel:catalogus": Exp(LOGIN, OK, OK, OK, OK, OK, OK),
    "healthz": everyone(OK, data={"check": "database"}),
    "two_factor:login": everyone(OK),
    # Enrolment: signed-in users here already have a device, so setup sends them on.
    "two_factor:setup": signed_in(REDIRECT),
    # The QR code exists only during an enrolment in progress.
    "two_factor:qr": signed_in(NOT_FOUND),
    "two_factor:setup_complete": signed_in(OK),
    "two_factor:backup_tokens": signed_in(OK),
    "two_factor:profile": signed_in(OK),
    "two_factor:disable": signed_in(OK),
    "logout": everyone(REDIRECT, method="post"),
    # Password reset: public; the link of the world is not valid, which the page says.
    "wachtwoord_vergeten": everyone(OK),
    "wachtwoord_verstuurd": everyone(OK),
    "wachtwoord_nieuw": everyone(OK),
    "set_language": everyone(REDIRECT, method="post", data={"language": "nl"}),
}
