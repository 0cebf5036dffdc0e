"""Character spans of the input text."""


def trim_span(text, start, end, trailing=""):
    """Narrow start..end past surrounding whitespace, and past any of `trailing` at the end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end
