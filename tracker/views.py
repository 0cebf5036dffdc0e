"""Reader pages. Every statement list goes through queries.statement_filterset (one FilterSet)."""

import datetime
from collections import Counter
from itertools import groupby

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from . import (
    aggregates,
    charts,
    fragments,
    http,
    position_views,
    positions,
    presentation,
    queries,
    rollups,
    search,
    stances,
    versions,
)
from .filter_form import ADVANCED_FIELDS, filter_chips, form_fields
from .models import Actor, Stance, Statement, Topic
from .pagination import InvalidCursor, paginate
from .registry import topic_tree
from .rollups import stance_counts
from .templatetags.parley import at_precision

# Parameters that choose a page of the matches, not the matches: charts leave them out of their URL.
PAGING_PARAMS = ("cursor", "sort")
EVENT_WINDOW = datetime.timedelta(days=30)
# An event page shows this many statements a phase (and a participant's column); the timeline all of them.
EVENT_SHOWN = 20
EVENT_STATEMENTS = 5000
# Actor and topic pages show their breakdown tables (topics of an actor, speakers of a topic) a page at a time.
BREAKDOWN_ROWS = 20
BREAKDOWN_PARAM = "breakdown_page"
# Actors a stance in a topic page's "where they stand" block; the positions page lists more, and all of one stance.
STANDINGS_SHOWN = 12
STANCES = Stance.values  # the order of a breakdown's stance mix
# Parameters of a page that are no filter of its statements.
PAGE_PARAMS = (BREAKDOWN_PARAM, "as_of")


def breakdown_page(request, entries):
    """(the page of `entries` that `?breakdown_page=` asks for, or the first; the error message if it is no page)."""
    paginator = Paginator(entries, BREAKDOWN_ROWS)
    value = request.GET.get(BREAKDOWN_PARAM, "1")
    try:
        if len(value) > 9 or not value.isascii():
            raise PageNotAnInteger
        return paginator.page(value), None
    except PageNotAnInteger:
        message = _("“%(value)s” is not a page number: give 1, 2, 3…") % {"value": value[:40]}
    except EmptyPage:
        message = _("There is no page %(value)s of this table: it has %(count)d.") % {
            "value": value,
            "count": paginator.num_pages,
        }
    return paginator.page(1), message


def group_by_day(statements):
    """[(date label, [statements])] for consecutive statements said on the same day."""
    labels = {}  # a page is mostly a few days: each label formatted (and translated) once

    def key(statement):
        said = (statement.said_on, statement.date_precision)
        if said not in labels:
            labels[said] = at_precision(*said)
        return labels[said]

    return [(label, list(items)) for label, items in groupby(statements, key=key)]


def chart_urls(filterset, *, speakers):
    """{"months": url[, "speakers": url]} of the charts for these matches. Their query string holds
    the filters alone, so paging through the matches (or re-sorting them) keeps the charts' URLs,
    and the browser's copies of the charts."""
    params = filterset.data.copy()
    for name in list(params):
        if name not in filterset.filters or name in PAGING_PARAMS:
            del params[name]
    query = f"?{params.urlencode()}" if params else ""
    urls = {"months": reverse("tracker:chart-months") + query}
    if speakers:
        urls["speakers"] = reverse("tracker:chart-speakers") + query
    return urls


class TimelineMixin:
    """Filter form, count, one cursor page and search highlights; the links to the charts.

    The charts aggregate every match, which at a million statements costs more than the rest of
    the page: they are images of their own (ChartView), so the page never waits for them.
    """

    page_size = 25
    bad_request = False
    speaker_chart = False

    def get_fixed_params(self):
        """Parameters the page itself sets (an actor page's actor)."""
        return {}

    def get_filterset(self):
        if not hasattr(self, "_filterset"):
            params = self.request.GET.copy()
            for name, values in self.get_fixed_params().items():
                params.setlist(name, values)
            # Reader pages show published statements whoever looks; staff statuses are for exports.
            self._filterset = queries.statement_filterset(params=params, user=None)
        return self._filterset

    def timeline_context(self):
        filterset = self.get_filterset()
        fixed = self.get_fixed_params()
        context = {
            "filter": filterset,
            "fields": form_fields(filterset, fixed),
            "query_text": filterset.data.get("q", ""),
            "has_filters": any(
                key not in fixed and key not in PAGE_PARAMS and value for key, value in self.request.GET.items()
            ),
            "advanced_open": any(self.request.GET.get(name) or filterset.form[name].errors for name in ADVANCED_FIELDS),
            "page": None,
            "days": [],
            "count": None,
            "chart_urls": {},
            "chips": filter_chips(self.request, filterset),
        }
        if not filterset.is_valid():
            self.bad_request = True
            return context
        try:
            page = paginate(
                filterset.paging_qs,  # the rows alone: their items come from tracker/fragments.py
                sort=filterset.sort_order,
                cursor=self.request.GET.get("cursor"),
                page_size=self.page_size,
            )
        except InvalidCursor as error:
            self.bad_request = True
            context["cursor_error"] = error.message
            return context
        query = filterset.form.cleaned_data.get("q")
        marked = search.highlights([statement.pk for statement in page], query)
        for statement in page:
            statement.highlighted_text = marked.get(statement.pk)
        for statement, item in zip(page, fragments.items(page), strict=True):
            statement.rendered_item = item
        http.shows(self.request, page, query=query)  # its other parts are kept by the membership stamp
        # Counted as the page is read (StatementFilter.paging_qs): a bounded count, or an estimate over
        # slices of ids, stops early instead of first collecting every statement of a broad topic.
        count, count_is_estimate = aggregates.count_statements(filterset.paging_qs)
        if query:
            # The search box knows the registry: "zelensky" offers Zelenskyy's statements, a topic's name the topic.
            context["search_actors"] = search.actors_named(query)
            context["search_topics"] = search.topics_named(query)
            if not page.object_list:
                context["suggestions"] = search.nearest(query)
        context.update(
            page=page,
            days=group_by_day(page),
            count=count,
            count_is_estimate=count_is_estimate,
            count_label=aggregates.count_label(count, count_is_estimate),
            chart_urls=chart_urls(filterset, speakers=self.speaker_chart and not self.single_speaker(filterset)),
        )
        return context

    @staticmethod
    def single_speaker(filterset):
        """The filter names one speaker: a chart by speaker would have one row, the month chart's."""
        speakers = filterset.form.cleaned_data.get("actor")
        return speakers is not None and len(speakers) == 1

    def render_to_response(self, context, **response_kwargs):
        if self.bad_request:
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


class TimelineView(TimelineMixin, TemplateView):
    template_name = "tracker/statement_list.html"
    speaker_chart = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.timeline_context(), **kwargs)


class ChartView(View):
    """A chart of the published statements matching the query string's filters, as an SVG image.

    Browsers and shared caches may keep it for the aggregates' grace period: the numbers follow
    an edit within that time anyway (aggregates.py).
    """

    template_name = None
    draw = None

    def get(self, request):
        filterset = queries.statement_filterset(params=request.GET, user=None)
        if not filterset.is_valid():
            return HttpResponseBadRequest(_("These filters cannot be applied."), content_type="text/plain")
        dates = filterset.form.cleaned_data

        def draw():
            chart = self.draw(
                filterset.qs, first=dates.get("date_after"), last=dates.get("date_before"), link=month_link(filterset)
            )
            return render(request, self.template_name, {"chart": chart}).content

        # Counts and names, no words: kept while who said what when stays as it is, unless words searched
        # for decide what is counted.
        content = draw() if dates.get("q") else http.kept_content(request, draw)
        response = HttpResponse(content, content_type="image/svg+xml")
        patch_cache_control(response, public=True, max_age=settings.PARLEY_AGGREGATE_GRACE_SECONDS)
        # The timeline frames the month chart (its bars are links): framed by our own pages only.
        response["X-Frame-Options"] = "SAMEORIGIN"
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
        return response


def month_link(filterset):
    """A function (first day, last day) -> the timeline narrowed to those days, the other filters kept."""
    params = filterset.data.copy()
    for name in ("date_after", "date_before", *PAGING_PARAMS):
        params.pop(name, None)
    base = reverse("tracker:timeline")

    def link(first, last):
        params.setlist("date_after", [first.isoformat()])
        params.setlist("date_before", [last.isoformat()])
        return f"{base}?{params.urlencode()}"

    return link


month_chart = ChartView.as_view(template_name="tracker/charts/months.svg", draw=charts.month_bars)
speaker_chart = ChartView.as_view(template_name="tracker/charts/speakers.svg", draw=charts.speaker_bars)


class StatementDetailView(DetailView):
    def get_queryset(self):
        return Statement.objects.public().with_relations()

    def get_context_data(self, **kwargs):
        statement = self.object
        public = [Statement.Status.PUBLISHED, Statement.Status.RETRACTED]
        links_out = statement.links_out.filter(to_statement__status__in=public).select_related("to_statement__speaker")
        links_in = statement.links_in.filter(from_statement__status__in=public).select_related(
            "from_statement__speaker"
        )
        return super().get_context_data(
            links_out=links_out,
            links_in=links_in,
            permalink=self.request.build_absolute_uri(statement.get_absolute_url()),
            json_ld=self.json_ld(statement),
            **kwargs,
        )

    def json_ld(self, statement):
        speaker = statement.speaker
        creator = {"@type": "Person" if speaker.kind == Actor.Kind.PERSON else "Organization", "name": speaker.name}
        if statement.speaker_title and speaker.kind == Actor.Kind.PERSON:
            creator["jobTitle"] = statement.speaker_title
        iso = statement.said_on.isoformat()
        data = {
            "@context": "https://schema.org",
            "@type": presentation.schema_type(statement),
            "name": presentation.statement_headline(statement, 110),
            "text": statement.text,
            "creator": creator,
            "dateCreated": {"day": iso, "month": iso[:7], "year": iso[:4]}[statement.date_precision],
            "url": self.request.build_absolute_uri(statement.get_absolute_url()),
            "about": [link.topic.name for link in statement.stances],
        }
        urls = [link.source.url for link in statement.source_chain if link.source.url]
        if urls:
            data["isBasedOn"] = urls
        if statement.relayed_by_id:
            data["contributor"] = {"@type": "Thing", "name": statement.relayed_by.name, "description": "relayed by"}
        if statement.status == Statement.Status.RETRACTED:
            data["creativeWorkStatus"] = "Retracted"
        if statement.correction_note:
            data["correction"] = {"@type": "CorrectionComment", "text": statement.correction_note}
        data["dateModified"] = statement.updated_at.isoformat()
        return data


class ActorListView(ListView):
    """Actors with published statements, their counts from the monthly counts: kept until membership changes
    (versions.membership_cached).
    A hundred cards a page: all 500 of a large registry took ~100 ms to render."""

    template_name = "tracker/actor_list.html"
    context_object_name = "actor_list"
    paginate_by = 100

    def get_queryset(self):
        return versions.membership_cached("actor-list", actors_with_counts)


def actors_with_counts():
    """Actors with published statements, by name, each with `statement_count` and the `latest` day."""
    totals = rollups.speaker_totals(rollups.Slice())
    latest = Statement.objects.published().filter(speaker=OuterRef("pk")).order_by("-said_on", "-id")
    actors = list(
        Actor.objects.filter(pk__in=totals)
        .annotate(latest=Subquery(latest.values("said_on")[:1]))
        .order_by("name", "id")
    )
    for actor in actors:
        actor.statement_count = totals[actor.pk]
    return actors


class ActorDetailView(TimelineMixin, DetailView):
    def get_queryset(self):
        return queries.public_actors()

    def get_fixed_params(self):
        return {"actor": [self.kwargs["slug"]]}

    def get_context_data(self, **kwargs):
        topics = versions.membership_cached("actor-topics", lambda: actor_topics(self.object), self.object.pk)
        breakdown, breakdown_error = breakdown_page(self.request, topics)
        add_stance_mix(breakdown, actor_stance_mix(self.object.pk, [entry["pk"] for entry in breakdown]))
        positions_context = position_views.actor_page_context(self.object, breakdown.object_list)
        timeline = self.timeline_context()
        self.bad_request = self.bad_request or bool(breakdown_error)
        return super().get_context_data(
            topics=topics,
            breakdown=breakdown,
            breakdown_error=breakdown_error,
            **positions_context,
            **timeline,
            **kwargs,
        )


def actor_topics(actor):
    """The topics an actor spoke on, busiest first. A topic's row is its scope, narrower topics included, as
    its timeline link, its stance and its changes of position are: the statements in it, counted once. The
    stance mix is read for the page shown (actor_stance_mix): an actor speaks on hundreds of topics."""
    totals = {topic: points for (_speaker, topic), (points, _shifts) in positions.track_counts(actors=[actor]).items()}
    entries = [
        {"pk": pk, "slug": slug, "name": name, "stances": [], "total": totals[pk], "latest": None}
        for pk, slug, name in Topic.objects.filter(pk__in=totals).values_list("pk", "slug", "name")
    ]
    return sorted(entries, key=lambda entry: (-entry["total"], entry["name"]))


def actor_stance_mix(actor_id, scope_ids):
    """{scope id: {stance: n}}: the stances the actor's statements take in each of these scopes, narrower
    topics included (a statement with stances on two topics of a scope shows both)."""
    chains = stances.ancestry()
    wanted = set(scope_ids)
    mix = {}
    for topic_id, found in stance_counts.by_topic(actor_id).items():
        for scope in wanted.intersection(chains.get(topic_id, [topic_id])):
            mix.setdefault(scope, Counter()).update(found)
    return mix


def topic_speakers(standings):
    """Who spoke on a topic, busiest first: per speaker, the statements in its scope, counted once, and
    the latest stance (`standings`: positions.standings). The stance mix is read for the page shown
    (add_stance_mix): a broad topic has hundreds of speakers, a page twenty."""
    entries = [
        {
            "pk": standing.actor.pk,
            "slug": standing.actor.slug,
            "name": standing.actor.name,
            "stances": [],
            "total": standing.statement_count,
            # The latest statement decides (positions.tracks), not the per-stance maxima.
            "latest": (standing.current.stance, standing.current.said_on),
        }
        for standing in standings
    ]
    return sorted(entries, key=lambda entry: (-entry["total"], entry["name"]))


def add_stance_mix(entries, counts):
    """Each entry's stances taken on the topics of its row, from `counts` {entry pk: {stance: n}}."""
    for entry in entries:
        entry["stances"] = stance_mix(counts.get(entry["pk"], {}))


def stance_mix(found):
    return [{"stance": stance, "n": found[stance]} for stance in STANCES if found.get(stance)]


class TopicListView(ListView):
    """The public topic tree with counts, kept until membership changes (like the actor list)."""

    template_name = "tracker/topic_list.html"
    context_object_name = "topic_list"

    def get_queryset(self):
        return versions.membership_cached("topic-list", topics_with_counts)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tree=topic_tree(self.object_list), **kwargs)


def topics_with_counts():
    """The public topics by name, each with `statement_count`: published statements with a stance on it."""
    totals = stance_counts.topic_totals()
    topics = list(queries.public_topics().order_by("name", "id"))
    for topic in topics:
        topic.statement_count = totals.get(topic.pk, 0)
    return topics


class TopicDetailView(TimelineMixin, DetailView):
    def get_queryset(self):
        return queries.public_topics()

    def get_fixed_params(self):
        return {"topic": [self.kwargs["slug"]]}

    def get_context_data(self, **kwargs):
        topic_ids = Topic.objects.descendant_ids([self.object.slug])
        # A broad topic has hundreds of actors a stance: the page names the busiest, the positions page more.
        held = position_views.topic_page_context(self.request, self.object)
        # The standings hold each speaker's statements in the scope and latest stance: the table's rows.
        positions_held = topic_speakers(held.pop("current_standings"))
        breakdown, breakdown_error = breakdown_page(self.request, positions_held)
        add_stance_mix(breakdown, stance_counts.by_speaker(topic_ids, [entry["pk"] for entry in breakdown]))
        timeline = self.timeline_context()
        self.bad_request = self.bad_request or bool(held["as_of_error"]) or bool(breakdown_error)
        return super().get_context_data(
            positions=positions_held,
            standings_limit=STANDINGS_SHOWN,
            breakdown=breakdown,
            breakdown_error=breakdown_error,
            subtopics=[topic for topic, _depth in topic_tree() if topic.pk in topic_ids and topic.pk != self.object.pk],
            ancestors=self.ancestors(),
            **held,
            **timeline,
            **kwargs,
        )

    def ancestors(self):
        chain, topic = [], self.object
        while topic.parent_id and len(chain) < 20:
            topic = topic.parent
            chain.insert(0, topic)
        return chain


class EventListView(ListView):
    """Events that some published statement is said around, newest first, with their participants."""

    template_name = "tracker/event_list.html"
    paginate_by = 50

    def get_queryset(self):
        published = Q(statements__status=Statement.Status.PUBLISHED)
        return (
            queries.public_events()
            .annotate(statement_count=Count("statements", filter=published))
            .prefetch_related(Prefetch("participants", queryset=queries.public_actors().order_by("name", "id")))
            .order_by("-start_date", "-id")
        )


class AboutView(TemplateView):
    """What the fields mean, how statements are chosen and corrected, how to cite, feeds and API."""

    template_name = "tracker/about.html"


class EventDetailView(DetailView):
    """Statements before, during and after an event: the nearest EVENT_SHOWN a phase (a participant's
    column), each rendered once per version (tracker/fragments.py); the timeline links hold them all."""

    def get_queryset(self):
        return queries.public_events()

    def get_context_data(self, **kwargs):
        event = self.object
        participants = list(event.participants.order_by("name"))
        window = Q(
            speaker__in=participants,
            said_on__gte=event.start_date - EVENT_WINDOW,
            said_on__lte=event.last_day + EVENT_WINDOW,
        )
        matches = queries.order_statements(Statement.objects.published().filter(Q(event=event) | window), "oldest")
        rows = list(matches.values_list("id", "said_on", "speaker_id")[:EVENT_STATEMENTS])
        before = [row for row in rows if row[1] < event.start_date]
        after = [row for row in rows if row[1] > event.last_day]
        during = [row for row in rows if event.start_date <= row[1] <= event.last_day]
        speakers = {actor.pk for actor in participants}
        groups = [(actor, [row for row in during if row[2] == actor.pk]) for actor in participants]
        others = [row for row in during if row[2] not in speakers]
        if others:
            groups.append((None, others))
        shown = {
            "before": before[-EVENT_SHOWN:],
            "after": after[:EVENT_SHOWN],
            **{index: found[:EVENT_SHOWN] for index, (_actor, found) in enumerate(groups)},
        }
        loaded = list(Statement.objects.filter(pk__in=[row[0] for part in shown.values() for row in part]))
        for statement, item in zip(loaded, fragments.items(loaded), strict=True):
            statement.rendered_item = item
        by_id = {statement.pk: statement for statement in loaded}

        def read(part):
            return [by_id[row[0]] for row in part if row[0] in by_id]

        columns = [(actor, read(shown[index]), len(found)) for index, (actor, found) in enumerate(groups)]
        return super().get_context_data(
            participants=participants,
            before=read(shown["before"]),
            before_count=len(before),
            after=read(shown["after"]),
            after_count=len(after),
            during=bool(during),
            columns=columns,
            timeline_urls=event_timeline_urls(event, participants),
            event_shifts=positions.event_shifts(event),
            **kwargs,
        )


def event_timeline_urls(event, participants):
    """The timeline of the statements tagged with the event, and of its participants' around it."""
    base = reverse("tracker:timeline")
    urls = {"tagged": f"{base}?{urlencode({'event': event.slug, 'sort': 'oldest'})}"}
    if participants:
        params = [("actor", actor.slug) for actor in participants]
        params += [
            ("date_after", (event.start_date - EVENT_WINDOW).isoformat()),
            ("date_before", (event.last_day + EVENT_WINDOW).isoformat()),
            ("sort", "oldest"),
        ]
        urls["participants"] = f"{base}?{urlencode(params)}"
    return urls
