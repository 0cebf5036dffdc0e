"""Path converters: an id in a URL is a whole number the database can hold, or the route does not match (404)."""

# The largest value of a BigAutoField (a signed 64-bit integer) on every database Parley runs on.
MAX_ID = 2**63 - 1


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if not 0 < number <= MAX_ID:
            raise ValueError(value)  # Django's resolver treats this as "no match": a 404
        return number

    def to_url(self, value):
        return str(int(value))
