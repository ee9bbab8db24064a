"""Accounts: one user model for Divosa staff and municipal contacts, signing in by email."""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from spiegel.constants import Rol
from spiegel.pklezen import by_pk


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("rol", Rol.BEHEERDER)
        return self.create_user(email, password, **extra)

    def get(self, *args, **kwargs):
        # `User.objects.get(pk=<int>)`, which ModelBackend.get_user runs on every signed-in
        # request, as one plain SELECT (spiegel/pklezen.py). Only on this manager itself: the
        # related managers built from it (an organisation's contacts, a group's users)
        # filter their rows and take Django's path.
        if type(self) is UserManager and not args and kwargs.keys() == {"pk"}:
            pk = kwargs["pk"]
            if type(pk) is int:
                user = by_pk(self.model, pk, using=self.db)
                if user is None:
                    raise self.model.DoesNotExist(
                        f"{self.model._meta.object_name} matching query does not exist."
                    )
                return user
        return super().get(*args, **kwargs)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("e-mailadres"), unique=True)
    naam = models.CharField(_("naam"), max_length=200)
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices)
    organisatie = models.ForeignKey(
        "spiegel.Organisatie",
        verbose_name=_("organisatie"),
        help_text=_("Alleen voor contactpersonen: de organisatie waarvoor zij aanvragen zien."),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contactpersonen",
    )
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    is_active = models.BooleanField(_("actief"), default=True)
    is_staff = models.BooleanField(
        _("toegang tot beheer"),
        default=False,
        help_text=_("Mag de Django-beheeromgeving gebruiken."),
    )
    date_joined = models.DateTimeField(_("aangemaakt op"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["naam"]

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(rol="contactpersoon") | models.Q(organisatie__isnull=False),
                name="contactpersoon_heeft_organisatie",
            )
        ]

    def __str__(self):
        return self.naam or self.email

    def get_full_name(self):
        return self.naam

    def get_short_name(self):
        return self.naam.split(" ")[0] if self.naam else self.email

    @property
    def is_divosa(self) -> bool:
        return self.rol in (Rol.COORDINATOR, Rol.TEAMLID, Rol.BEHEERDER)

    @property
    def is_coordinator(self) -> bool:
        return self.rol == Rol.COORDINATOR

    @property
    def is_contactpersoon(self) -> bool:
        return self.rol == Rol.CONTACTPERSOON

    @property
    def is_beheerder(self) -> bool:
        return self.rol == Rol.BEHEERDER
