from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("releases/<int:pk>/", views.release_detail, name="release-detail"),
]
