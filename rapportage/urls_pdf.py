"""URLs of the confidential PDF, joined into rapportage/urls.py (under /schets/)."""

from django.urls import path

from rapportage.views import pdf, pptx, slides

urlpatterns = [
    path("<int:spiegel_pk>/dias/", slides.dias, name="dias"),
    path("<int:spiegel_pk>/dias/<int:sectie_pk>/", slides.dia_opslaan, name="dia_opslaan"),
    path("<int:spiegel_pk>/pdf/", pdf.pdf_pagina, name="pdf"),
    path("<int:spiegel_pk>/pdf/maken/", pdf.pdf_maken, name="pdf_maken"),
    path("<int:spiegel_pk>/pdf/presentatie.pptx", pptx.pdf_pptx, name="pdf_pptx"),
    path("<int:spiegel_pk>/pdf/vrijgeven/", pdf.pdf_vrijgeven, name="pdf_vrijgeven"),
    path("pdf/<int:job_pk>/download/", pdf.pdf_download, name="pdf_download"),
    path("pdf/<int:job_pk>/voorbeeld/<int:pagina>/", pdf.pdf_voorbeeld, name="pdf_voorbeeld"),
]
