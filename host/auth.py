"""Identity: who a request comes from, and what tokens say.

`[auth] mode = "none"` (the local default) makes every request `LOCAL`: it may do everything,
which is only safe on loopback (the CLI refuses anything else without `--insecure-no-auth`).
`mode = "jwt"` reads a bearer token (PyJWT): its `sub` is the user, its `scope` (`chat` or
`admin`, a space-separated string or a list) says what the user may do, `exp` is required.
The token comes from `Authorization: Bearer <token>` or, for browsers (which cannot set headers
on a WebSocket), the subprotocol `agenthost.bearer.<token>`. Never from a query string.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jwt
from attrs import frozen

from host.config import AuthConfig, ConfigError
from host.storage import InvalidName, check_user_id

SCOPES = ("chat", "admin")
SUBPROTOCOL = "agenthost.v1"
BEARER_SUBPROTOCOL_PREFIX = "agenthost.bearer."
MIN_SECRET_BYTES = 32
_ASYMMETRIC_PREFIXES = ("RS", "PS", "ES", "Ed")


class AuthError(Exception):
    """A request without a usable token: missing, expired, forged, or for no valid user (401)."""


@frozen
class Identity:
    """Who made a request: `user` (the token's `sub`, None without auth), its `scopes`, and
    when the token expires (epoch seconds, None without auth)."""

    user: str | None
    scopes: frozenset[str]
    expires_at: float | None = None

    @property
    def is_admin(self) -> bool:
        return "admin" in self.scopes

    def may_act_as(self, user_id: str) -> bool:
        """May this identity use `user_id`'s socket, history and files?"""
        return self.is_admin or self.user == user_id


# With auth off every request may do everything: a local development server.
LOCAL = Identity(user=None, scopes=frozenset({"admin", "chat"}))


class TokenAuthority:
    """Verifies tokens (and, with an HS256 secret, creates them) as `[auth]` says."""

    def __init__(self, config: AuthConfig) -> None:
        self.config = config
        self._secret: bytes | None = None
        self._public_key: Any = None
        self._jwks: jwt.PyJWKSet | None = None
        sources = [name for name, value in (("AGENTHOST_JWT_SECRET", config.secret),
                                             ("[auth] public_key_file", config.public_key_file),
                                             ("[auth] jwks_file", config.jwks_file)) if value]
        if not sources:
            raise ConfigError(
                "[auth] mode is 'jwt' but no key is set: set AGENTHOST_JWT_SECRET (HS256, at least "
                f"{MIN_SECRET_BYTES} bytes) or [auth] public_key_file / jwks_file (RS256, ES256)"
            )
        if len(sources) > 1:
            raise ConfigError(f"[auth]: set one key source, not {' and '.join(sources)}")
        if config.secret is not None:
            self._secret = config.secret.encode("utf-8")
            if len(self._secret) < MIN_SECRET_BYTES:
                raise ConfigError(
                    f"AGENTHOST_JWT_SECRET is {len(self._secret)} bytes; it must be at least {MIN_SECRET_BYTES} "
                    "(make one with: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
                )
            self.algorithms = list(config.algorithms or ["HS256"])
            wrong = [a for a in self.algorithms if not a.startswith("HS")]
        else:
            self.algorithms = list(config.algorithms or ["RS256", "ES256"])
            wrong = [a for a in self.algorithms if not a.startswith(_ASYMMETRIC_PREFIXES)]
            if config.public_key_file is not None:
                self._public_key = _read_key_file(config.public_key_file, "[auth] public_key_file")
            else:
                self._jwks = _read_jwks(Path(config.jwks_file))  # type: ignore[arg-type]
        if wrong or not self.algorithms:
            kind = "an HS256 secret" if self._secret is not None else "a public key"
            raise ConfigError(f"[auth] algorithms {self.algorithms!r} cannot be used with {kind}")

    @property
    def can_create(self) -> bool:
        """Tokens can be made here only with a shared secret; with public keys the identity
        provider that holds the private key makes them."""
        return self._secret is not None

    def create(self, user: str, scope: str = "chat", ttl_s: int = 3600, now: float | None = None) -> str:
        """A signed token for `user` with `scope`, valid for `ttl_s` seconds."""
        if self._secret is None:
            raise ConfigError("tokens can only be created with AGENTHOST_JWT_SECRET (HS256); "
                              "with a public key, your identity provider issues them")
        check_user_id(user)
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        issued = int(now if now is not None else time.time())
        claims: dict[str, Any] = {"sub": user, "scope": scope, "iat": issued, "exp": issued + int(ttl_s)}
        if self.config.issuer:
            claims["iss"] = self.config.issuer
        if self.config.audience:
            claims["aud"] = self.config.audience
        return jwt.encode(claims, self._secret, algorithm=self.algorithms[0])

    def verify(self, token: str) -> Identity:
        """The identity a token proves, or `AuthError` saying why it proves nothing."""
        try:
            key = self._key_for(token)
            claims = jwt.decode(
                token,
                key,
                algorithms=self.algorithms,
                issuer=self.config.issuer,
                audience=self.config.audience,
                leeway=self.config.leeway_s,
                options={"require": ["exp", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("token expired") from None
        except jwt.InvalidTokenError as exc:
            # PyJWT's messages name the claim or the check, never the token itself.
            raise AuthError(f"invalid token: {exc}") from None
        user = claims["sub"]
        try:
            check_user_id(user if isinstance(user, str) else "")
        except InvalidName:
            raise AuthError("invalid token: 'sub' is not a valid user id") from None
        return Identity(user=user, scopes=_scopes(claims), expires_at=float(claims["exp"]))

    def _key_for(self, token: str) -> Any:
        if self._secret is not None:
            return self._secret
        if self._public_key is not None:
            return self._public_key
        assert self._jwks is not None
        kid = jwt.get_unverified_header(token).get("kid")
        keys = self._jwks.keys
        if kid is None and len(keys) == 1:
            return keys[0]
        for candidate in keys:
            if candidate.key_id == kid:
                return candidate
        raise jwt.InvalidTokenError(f"no key with kid {str(kid)[:40]!r} in the JWKS file")


def _scopes(claims: Mapping[str, Any]) -> frozenset[str]:
    """`scope` as OAuth writes it ("chat admin") or a list; `scp` as some providers do. A token
    without either gets `chat`: the least it can mean."""
    raw = claims.get("scope", claims.get("scp"))
    if raw is None:
        return frozenset({"chat"})
    values = raw.split() if isinstance(raw, str) else raw if isinstance(raw, list) else []
    scopes = frozenset(v for v in values if isinstance(v, str) and v in SCOPES)
    return scopes | {"chat"} if "admin" in scopes else scopes


def _read_key_file(path: Path, setting: str) -> Any:
    try:
        return _load_pem(Path(path).read_bytes())
    except OSError as exc:
        raise ConfigError(f"{setting} {path}: cannot read: {exc.strerror}") from None
    except ValueError as exc:
        raise ConfigError(f"{setting} {path}: not a PEM public key: {exc}") from None


def _load_pem(data: bytes) -> Any:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    return load_pem_public_key(data)


def _read_jwks(path: Path) -> jwt.PyJWKSet:
    try:
        return jwt.PyJWKSet.from_dict(json.loads(path.read_text()))
    except OSError as exc:
        raise ConfigError(f"[auth] jwks_file {path}: cannot read: {exc.strerror}") from None
    except (ValueError, jwt.PyJWKSetError) as exc:
        raise ConfigError(f"[auth] jwks_file {path}: not a JWKS document: {exc}") from None


def bearer_token(headers: Mapping[str, str]) -> str | None:
    """The token of `Authorization: Bearer ...`, else of the subprotocol `agenthost.bearer.<token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    for offered in headers.get("Sec-WebSocket-Protocol", "").split(","):
        offered = offered.strip()
        if offered.startswith(BEARER_SUBPROTOCOL_PREFIX) and len(offered) > len(BEARER_SUBPROTOCOL_PREFIX):
            return offered[len(BEARER_SUBPROTOCOL_PREFIX):]
    return None


def make_authority(config: AuthConfig) -> TokenAuthority | None:
    """The token authority for `[auth]`, None when auth is off; `ConfigError` for a bad setting."""
    if config.mode == "none":
        return None
    if config.mode != "jwt":
        raise ConfigError(f"[auth] mode / AGENTHOST_AUTH must be 'none' or 'jwt', not {config.mode!r}")
    return TokenAuthority(config)
