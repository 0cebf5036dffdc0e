"""One export in its own process, so its peak memory is its own: `ours` or the `peer`.

Both sides first export nothing, so the clock leaves out what a serving process does once
(importing every view module, openpyxl, DRF; import-export's tablib; logging in), then time
the real export. Prints {"seconds": ..., "bytes": ..., "peak_rss_mb": ...}.
"""

import json
import os
import sys
import time

import django

NOTHING = {"date_after": "9999-12-31"}


def ours():
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-admin"))

    def export(params):
        response = client.get("/export/statements.csv", params)
        assert response.status_code == 200, response.status_code
        size = 0
        for chunk in response.streaming_content:
            size += len(chunk)
        return size

    return export


def peer():
    from django.http import QueryDict
    from import_export import fields, resources, widgets

    from tracker import queries
    from tracker.models import Actor, Statement, Topic

    class StatementResource(resources.ModelResource):
        """What a newsroom would write with django-import-export for the same columns."""

        speaker = fields.Field(attribute="speaker__name", column_name="speaker")
        speaker_slug = fields.Field(attribute="speaker__slug", column_name="speaker_slug")
        relayed_by = fields.Field(attribute="relayed_by__name", column_name="relayed_by")
        topics = fields.Field(attribute="topics", widget=widgets.ManyToManyWidget(Topic, field="name", separator="; "))
        stances = fields.Field(column_name="stances")
        mentions = fields.Field(
            attribute="mentions", widget=widgets.ManyToManyWidget(Actor, field="name", separator="; ")
        )
        event = fields.Field(attribute="event__name", column_name="event")
        outlets = fields.Field(column_name="outlets")
        source_urls = fields.Field(column_name="source_urls")

        class Meta:
            model = Statement
            fields = (
                "id", "said_on", "date_precision", "first_reported_on", "speaker", "speaker_slug", "speaker_title",
                "relayed_by", "kind", "act", "attribution", "text", "condition", "original_text",
                "original_language", "setting", "audience", "topics", "stances", "mentions", "event", "outlets",
                "source_urls", "status", "updated_at",
            )  # fmt: skip
            export_order = fields

        def dehydrate_stances(self, statement):
            # The relations statement_list() prefetched, as our own export and pages read them.
            return "; ".join(f"{link.topic.slug}:{link.stance}" for link in statement.stances)

        def dehydrate_outlets(self, statement):
            return "; ".join(link.source.outlet.name for link in statement.source_chain if link.source.outlet)

        def dehydrate_source_urls(self, statement):
            return "; ".join(link.source.url for link in statement.source_chain)

    def export(params):
        query = QueryDict(mutable=True)
        query.update(params)
        queryset = queries.statement_list(params=query, user=None)
        return len(StatementResource().export(queryset=queryset).csv)

    return export


def peak_rss_mb():
    """This process's own peak RSS (VmHWM). getrusage()/wait4() would report at least the
    parent's RSS: Linux carries the pre-exec high-water mark of a forked child over exec."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None


def main():
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    mode, params = sys.argv[1], json.loads(sys.argv[2])
    export = {"ours": ours, "peer": peer}[mode]()
    export(NOTHING)
    started = time.perf_counter()
    size = export(params)
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "bytes": size, "peak_rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main()
