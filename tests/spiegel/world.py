"""Objects of the intake app for the permission matrix (the base World has them)."""


def extend(world):
    return world
