"""Who may do what with the confidential PDFs: small pure predicates."""

from spiegel.permissions import is_contactpersoon, is_teamlid_van


def can_render_pdf(user, spiegel) -> bool:
    """Render any form and release: the Spiegel's own team only."""
    return is_teamlid_van(user, spiegel)


def can_download_pdf(user, job) -> bool:
    """The team: every PDF of their Spiegel. A contact: a released PDF of their own
    organisation, in a form their request asked for."""
    from rapportage.pdf_inhoud import gevraagde_vormen

    spiegel = job.schets.spiegel
    if is_teamlid_van(user, spiegel):
        return True
    return (
        is_contactpersoon(user)
        and user.organisatie_id == spiegel.organisatie_id
        and job.vrijgegeven_op is not None
        and job.vorm in gevraagde_vormen(spiegel.aanvraag)
    )
