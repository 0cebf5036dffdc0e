"""Rebuild the POST an editor's browser would send from a rendered admin change form."""

from django import forms


def change_form_data(response, **changes):
    forms_to_send = [response.context["adminform"].form]
    data = {}
    inlines = response.context.get("inline_admin_formsets", [])
    for inline in inlines:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms_to_send.extend(formset.forms)
    for form in forms_to_send:
        for name, field in form.fields.items():
            value = form[name].value()
            key = form.add_prefix(name)
            if isinstance(field.widget, forms.CheckboxInput):
                if value:
                    data[key] = "on"
            elif value is None:
                data[key] = ""
            elif isinstance(value, (list, tuple)):
                data[key] = [str(item) for item in value]
            elif hasattr(value, "isoformat"):
                data[key] = value.isoformat()
            else:
                data[key] = value
    if response.context.get("revert_from_version") is not None:  # a history revert form
        data["revert_from_version"] = str(response.context["revert_from_version"])
    data.update(changes)
    return data
