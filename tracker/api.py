"""The read-only API: published statements through the one StatementFilter, and the registries."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.views import SpectacularAPIView
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.routers import DefaultRouter

from . import queries
from .exports.rows import STATEMENT_FIELDS
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
    outlet = serializers.CharField(source="source.outlet.slug", default=None)
    published_on = serializers.DateField(source="source.published_on")


class SpeakerSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class StatementSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    speaker = SpeakerSerializer()
    relayed_by = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    event = serializers.SlugRelatedField(slug_field="slug", read_only=True)
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
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Topic
        fields = ("slug", "name", "parent", "description")


class EventSerializer(serializers.ModelSerializer):
    participants = serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)

    class Meta:
        model = Event
        fields = ("slug", "name", "start_date", "end_date", "place", "description", "participants")


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
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
            return queries.statement_list(params=self.request.query_params, user=None, paging=True)
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ActorSerializer
    pagination_class = cursor_pagination(("slug",))
    filter_backends = ()
    lookup_field = "slug"

    def get_queryset(self):
        return queries.public_actors().prefetch_related("aliases")


class TopicViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TopicSerializer
    pagination_class = cursor_pagination(("slug",))
    filter_backends = ()
    lookup_field = "slug"

    def get_queryset(self):
        return queries.public_topics().select_related("parent")


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = EventSerializer
    pagination_class = cursor_pagination(("-start_date", "-id"))
    filter_backends = ()
    lookup_field = "slug"

    def get_queryset(self):
        participants = Prefetch("participants", queryset=queries.public_actors())
        return queries.public_events().prefetch_related(participants)


router = DefaultRouter()
router.register("statements", StatementViewSet, basename="statement")
router.register("actors", ActorViewSet, basename="actor")
router.register("topics", TopicViewSet, basename="topic")
router.register("events", EventViewSet, basename="event")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    *router.urls,
]
