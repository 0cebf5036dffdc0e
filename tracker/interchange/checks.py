"""Fast checks of incoming values, compiled once per model field.

An import of 100,000 statements holds well over a million values: instead of Django's
`Field.clean` for each (a full parse and every validator), each field gets a function
that checks the type, length, choices and ISO dates directly and runs the field's own
validators (URL, country code, slug) once per distinct value. When a value fails, the
field's `clean` gives the same message editors know from the admin.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from ..validators import SettingMaxLength

TEXT_FIELDS = {"CharField", "TextField", "SlugField", "URLField"}
# A plain http(s) URL with a DNS host name: a strict subset of what URLValidator accepts,
# checked with one regex. Anything else (user info, IP hosts, IDNs…) goes through the validator.
PLAIN_HTTP_URL = re.compile(
    r"https?://((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?::[0-9]{1,5})?(?:[/?#][^\s]*)?\Z",
    re.IGNORECASE,
)


def plain_http_url(value):
    match = PLAIN_HTTP_URL.match(value)
    return match is not None and len(value) <= URLValidator.max_length and len(match[1]) <= 253


def text_check(field):
    limit = field.max_length
    choices = frozenset(str(value) for value, _label in field.flatchoices) if field.choices else None
    # Limits from settings are read at each check, so a test or a deployment can change them.
    setting_limits = [validator for validator in field.validators if isinstance(validator, SettingMaxLength)]
    validators = [validator for validator in field.validators if not isinstance(validator, MaxLengthValidator)]
    urls = [validator for validator in validators if isinstance(validator, URLValidator)]
    others = [validator for validator in validators if validator not in urls]
    passed = set()  # values already validated: the same source URL recurs across statements

    def check(value):
        if not isinstance(value, str):
            raise ValidationError(_("expected text"))
        if "\x00" in value:
            raise ValidationError(_("must not contain NUL characters"))
        too_long = (limit is not None and len(value) > limit) or any(len(value) > v.limit() for v in setting_limits)
        if too_long or (choices is not None and value not in choices):
            return field.clean(value, None)  # raises with Django's own message
        if validators and value not in passed:
            for validator in others if urls and plain_http_url(value) else validators:
                validator(value)
            passed.add(value)
        return value

    return check


def date_check(field):
    def check(value):
        if not isinstance(value, str):
            raise ValidationError(_("expected a date such as 2025-09-24, in quotes"))
        # The common case, an ISO date, without Django's general parser.
        if len(value) == 10 and value[4] == value[7] == "-":
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        return field.clean(value, None)

    return check


def any_check(field):
    def check(value):
        if isinstance(value, (list, dict)):
            raise ValidationError(_("expected a single value, not a list or an object"))
        try:
            return field.clean(value, None)
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(_("not a valid value for this field")) from None

    return check


def compile_check(field):
    """A function that returns the cleaned value of `field` or raises ValidationError."""
    if field.get_internal_type() in TEXT_FIELDS:
        check = text_check(field)
    elif isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        check = date_check(field)
    else:
        check = any_check(field)
    empty = None if field.null else ""
    blank_ok = field.blank or field.null

    def clean(value):
        if value is None or value == "":
            return empty if blank_ok else field.clean("", None)  # raises "cannot be blank"
        return check(value)

    return clean


def parse_timestamp(value):
    """An ISO 8601 date and time, made aware in the site's time zone when it has none."""
    if isinstance(value, str):
        try:
            parsed = parse_datetime(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
    raise ValidationError(_("expected a date and time such as 2025-09-24T10:30:00+00:00"))
