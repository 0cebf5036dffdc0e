"""The read-only API: published statements through the one StatementFilter, and the registries."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import slug_re
from django.db.models import Prefetch
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.routers import APIRootView, DefaultRouter

from . import fragments, http, queries
from .columns import STATEMENT_FIELDS
from .converters import MAX_ID
from .filters import StatementFilter
from .models import Actor, Event, Statement, StatementTopic, Topic, statement_order


class ApiCursorPagination(CursorPagination):
    page_size = 50
    invalid_cursor_message = _("This page link is damaged or out of date. Start again from the first page.")

    def decode_cursor(self, request):
        # DRF answers a bad cursor with 404; a bad parameter is a 400 naming the field.
        try:
            return super().decode_cursor(request)
        except (NotFound, ValueError, TypeError) as error:
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from error

    def get_paginated_response_schema(self, schema):
        # DRF writes OpenAPI 3.0's `nullable`; the schema is 3.1, where null is a type.
        page = super().get_paginated_response_schema(schema)
        for link in ("next", "previous"):
            page["properties"][link].pop("nullable", None)
            page["properties"][link]["type"] = ["string", "null"]
        return page

    def paginate_queryset(self, queryset, request, view=None):
        # Cursors are unsigned base64: a decoded position can still be no date or no number,
        # and the database only says so when the page is read.
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, TypeError, OverflowError) as error:
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from error


class StatementCursorPagination(ApiCursorPagination):
    ordering = statement_order("newest")

    def get_ordering(self, request, queryset, view):
        return statement_order(request.query_params.get("sort", "newest"))


def cursor_pagination(fields):
    return type("CursorPagination", (ApiCursorPagination,), {"ordering": fields})


class StatementFilterBackend(DjangoFilterBackend):
    """The queryset is already filtered by `statement_list`; this only documents the parameters."""

    def filter_queryset(self, request, queryset, view):
        return queryset


class TopicStanceSerializer(serializers.ModelSerializer):
    topic = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = StatementTopic
        fields = ("topic", "stance")


class SourceLinkSerializer(serializers.Serializer):
    role = serializers.CharField()
    url = serializers.CharField(source="source.url")
    title = serializers.CharField(source="source.title")
    outlet = serializers.CharField(source="source.outlet.slug", default=None, allow_null=True)
    published_on = serializers.DateField(source="source.published_on", allow_null=True)


class SpeakerSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class StatementSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    speaker = SpeakerSerializer()
    relayed_by = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    event = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    mentions = serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)
    topics = TopicStanceSerializer(source="stances", many=True)
    sources = SourceLinkSerializer(source="source_chain", many=True)

    class Meta:
        model = Statement
        fields = (
            "id",
            "url",
            "said_on",
            "date_precision",
            "first_reported_on",
            "speaker",
            *STATEMENT_FIELDS,
            "event",
            "topics",
            "mentions",
            "sources",
            "status",
            "correction_note",
            "updated_at",
        )

    def get_url(self, statement) -> str:
        return self.context["request"].build_absolute_uri(statement.get_absolute_url())


class ActorSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", read_only=True, many=True)

    class Meta:
        model = Actor
        fields = ("slug", "name", "kind", "country", "title", "wikidata_id", "description", "aliases")


class TopicSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Topic
        fields = ("slug", "name", "parent", "description")


class EventSerializer(serializers.ModelSerializer):
    participants = serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)

    class Meta:
        model = Event
        fields = ("slug", "name", "start_date", "end_date", "place", "description", "participants")


# JSON for programs; a browser asking for HTML gets DRF's browsable page, not a 406.
RENDERERS = (JSONRenderer, BrowsableAPIRenderer)
# Any path segment reaches the view, so a malformed id or slug gets the API's JSON 404
# rather than Django's HTML page (DRF's default pattern stops at a dot).
LOOKUP = "[^/]+"
# Public and read-only: no login, so no security scheme in the schema and no CSRF dance.
NO_AUTHENTICATION = ()


class CheckedLookupMixin:
    """A lookup that cannot name a record (not a slug, not an id in range, a NUL byte PostgreSQL
    refuses) is a 404 before any query."""

    def get_object(self):
        value = str(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, ""))
        if self.lookup_field == "slug":
            valid = len(value) <= 200 and slug_re.fullmatch(value)
        else:
            valid = value.isascii() and value.isdigit() and 0 < int(value) <= MAX_ID
        if not valid:
            raise NotFound()
        return super().get_object()


class PublicViewSet(CheckedLookupMixin, viewsets.ReadOnlyModelViewSet):
    """What every public endpoint shares: anonymous, read-only, its lookups checked before any query."""

    renderer_classes = RENDERERS
    authentication_classes = NO_AUTHENTICATION
    lookup_value_regex = LOOKUP


class RegistryViewSet(PublicViewSet):
    """Public actors, topics and events by slug, unfiltered."""

    filter_backends = ()
    lookup_field = "slug"


class StatementViewSet(PublicViewSet):
    """Published statements, filtered with the timeline's parameters, newest first."""

    serializer_class = StatementSerializer
    pagination_class = StatementCursorPagination
    filter_backends = (StatementFilterBackend,)
    filterset_class = StatementFilter
    queryset = Statement.objects.none()

    def get_queryset(self):
        if self.action == "retrieve":
            return Statement.objects.published().with_relations()
        try:
            # Like the reader pages: the API only ever serves published statements.
            return queries.statement_list(params=self.request.query_params, user=None, paging=True, relations=False)
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error

    def list(self, request, *args, **kwargs):
        """A page of records, each rendered once per version of its statement (tracker/fragments.py)."""
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        records = fragments.records(page, self.get_serializer_class(), self.get_serializer_context())
        http.shows(request._request, page, query=request.query_params.get("q"))  # all the words it shows
        return self.get_paginated_response(records)


class ActorViewSet(RegistryViewSet):
    serializer_class = ActorSerializer
    pagination_class = cursor_pagination(("slug",))

    def get_queryset(self):
        return queries.public_actors().prefetch_related("aliases")


class TopicViewSet(RegistryViewSet):
    serializer_class = TopicSerializer
    pagination_class = cursor_pagination(("slug",))

    def get_queryset(self):
        return queries.public_topics().select_related("parent")


class EventViewSet(RegistryViewSet):
    serializer_class = EventSerializer
    pagination_class = cursor_pagination(("-start_date", "-id"))

    def get_queryset(self):
        participants = Prefetch("participants", queryset=queries.public_actors())
        return queries.public_events().prefetch_related(participants)


class ApiRootView(APIRootView):
    renderer_classes = RENDERERS
    authentication_classes = NO_AUTHENTICATION


def _error_responses():
    field_errors = {
        "description": _("A parameter is not valid: each named parameter with its messages."),
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FieldErrors"}}},
    }
    not_found = {
        "description": _("Nothing published answers to this address."),
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}},
    }
    return field_errors, not_found


ERROR_SCHEMAS = {
    "FieldErrors": {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "example": {"date_after": ["Enter a valid date."]},
    },
    "NotFound": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
}


def _allow_empty(schema):
    """A query value's schema that also admits "" (an empty form field means "any")."""
    if schema.get("type") == "array":
        return {**schema, "items": _allow_empty(schema["items"])}
    if "enum" in schema:
        return {**schema, "enum": ["", *schema["enum"]]}
    if "format" in schema:
        return {"anyOf": [schema, {"type": "string", "maxLength": 0}]}
    return schema


def document_the_wire(result, generator, request, public):
    """drf-spectacular post-processing: error answers, empty filter values and the search limit."""
    field_errors, not_found = _error_responses()
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    filters = StatementFilter.base_filters
    for url, operations in result["paths"].items():
        for operation in operations.values():
            responses = operation["responses"]
            if "{" in url:
                responses.setdefault("404", not_found)
            if any(parameter["in"] == "query" for parameter in operation.get("parameters", ())):
                responses.setdefault("400", field_errors)
            if url != "/api/statements/":
                continue
            # `status` is for staff exports: the API always serves published statements and ignores it.
            operation["parameters"] = [p for p in operation.get("parameters", ()) if p["name"] != "status"]
            for parameter in operation.get("parameters", ()):
                if parameter["name"] in filters:
                    parameter["schema"] = _allow_empty(parameter["schema"])
                if parameter["name"] == "q":
                    parameter["schema"]["maxLength"] = filters["q"].extra["max_length"]
    return result


router = DefaultRouter()
router.APIRootView = ApiRootView
router.register("statements", StatementViewSet, basename="statement")
router.register("actors", ActorViewSet, basename="actor")
router.register("topics", TopicViewSet, basename="topic")
router.register("events", EventViewSet, basename="event")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="tracker:api:schema"), name="docs"),
    *router.urls,
]
