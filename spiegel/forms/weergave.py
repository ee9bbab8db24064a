"""A form renderer that writes plain inputs and textareas in Python.

Django renders every widget through templates (`input.html` including `attrs.html`, which
loops over the attributes): on the request form, with its htmx and ARIA attributes on every
field, that was about half of the page's time. This renderer writes the same HTML for those
widget templates with `format_html` and hands every other template (selects, wrapped
labels, the form's own layouts) to Django's renderer unchanged.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe

# Widget templates that are only `django/forms/widgets/input.html` around the context.
INVOER = frozenset(
    f"django/forms/widgets/{naam}.html"
    for naam in (
        "input",
        "text",
        "email",
        "tel",
        "url",
        "number",
        "password",
        "hidden",
        "search",
        "checkbox",
    )
)
# Options of radio buttons and checkboxes: the same input unless the label wraps it.
OPTIE = frozenset(
    f"django/forms/widgets/{naam}.html"
    for naam in ("input_option", "radio_option", "checkbox_option")
)
TEXTAREA = "django/forms/widgets/textarea.html"


def attributen(attrs: dict) -> SafeString:
    """As `attrs.html`: `True` gives the bare name, `False` leaves it out, any other value
    is written as text (escaped, even when marked safe, as `stringformat` does)."""
    return mark_safe(  # noqa: S308 (every part is escaped here)
        "".join(
            f" {conditional_escape(naam)}"
            if waarde is True
            else f' {conditional_escape(naam)}="{escape(waarde)}"'
            for naam, waarde in attrs.items()
            if waarde is not False
        )
    )


def invoer(widget: dict) -> SafeString:
    waarde = widget["value"]
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        format_html(' value="{}"', escape(waarde)) if waarde is not None else "",
        attributen(widget["attrs"]),
    )


def textarea(widget: dict) -> SafeString:
    # The newline after the opening tag is eaten by the HTML parser, so a value that
    # starts with a newline keeps it (as in Django's template).
    return format_html(
        '<textarea name="{}"{}>\n{}</textarea>',
        widget["name"],
        attributen(widget["attrs"]),
        widget["value"] or "",
    )


class SnelleWeergave(DjangoTemplates):
    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget is not None:
            if template_name in INVOER or (template_name in OPTIE and not widget.get("wrap_label")):
                return invoer(widget)
            if template_name == TEXTAREA:
                return textarea(widget)
        return super().render(template_name, context, request=request)


snelle_weergave = SnelleWeergave()
