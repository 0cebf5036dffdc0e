from django.views.generic import DetailView, ListView

from . import queries
from .models import Actor, Event, Statement, Topic


class TimelineView(ListView):
    template_name = "tracker/statement_list.html"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        self.filterset = queries.statement_filterset(params=request.GET, user=request.user)
        response = super().get(request, *args, **kwargs)
        if not self.filterset.is_valid():
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.filterset.is_valid():
            return Statement.objects.none()
        return queries.order_statements(self.filterset.qs, self.filterset.sort_order).with_relations()

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter=self.filterset, **kwargs)


class StatementDetailView(DetailView):
    def get_queryset(self):
        return Statement.objects.public().with_relations()


class ActorListView(ListView):
    model = Actor


class ActorDetailView(DetailView):
    model = Actor


class TopicListView(ListView):
    model = Topic


class TopicDetailView(DetailView):
    model = Topic


class EventDetailView(DetailView):
    model = Event
