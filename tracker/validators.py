"""Length limits read from settings when a value is checked, so a deployment can change them without a migration."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.deconstruct import deconstructible


@deconstructible
class SettingMaxLength(MaxLengthValidator):
    """At most `settings.<setting>` characters (the model, the admin's forms and the importer all run it)."""

    def __init__(self, setting, message=None):
        self.setting = setting
        super().__init__(self.limit, message)

    def limit(self):
        return getattr(settings, self.setting)

    def __eq__(self, other):
        return isinstance(other, SettingMaxLength) and self.setting == other.setting

    def __hash__(self):
        return hash(self.setting)
