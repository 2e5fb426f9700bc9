"""Staff accounts: two factors for the admin, and the lockout page of django-axes."""
