"""Make sure someone can log in: create a superuser with a generated password, printed once.

Run by ``make run``. When a superuser already exists nothing changes (reset a password with
``manage.py changepassword NAME``). Never uses a fixed default password.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a staff superuser with a generated password (printed once) if none exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="staff", help="Name of the user to create")

    def handle(self, *args, username, **options):
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing:
            self.stdout.write(
                f"A staff superuser exists ({existing.get_username()}); log in with its "
                f"password, or reset it with: python manage.py changepassword "
                f"{existing.get_username()}"
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=username, password=password, email="")
        user.groups.add(Group.objects.get(name="curators"))
        self.stdout.write(self.style.SUCCESS("Created a staff login (shown only this once):"))
        self.stdout.write(f"  username: {username}\n  password: {password}")
        self.stdout.write("Open http://127.0.0.1:8000/ and sign in.")
