import { Fragment } from "react";
import { Link } from "react-router";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])/g;

/**
 * Plain text with its web addresses turned into links. Addresses of this very app open
 * in place, so following an invitation link keeps the page state.
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="prewrap">
      {parts.map((part, index) =>
        // split() with a capturing group puts the matches at odd positions.
        index % 2 === 1 ? (
          <TextLink key={index} href={part} />
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </p>
  );
}

function TextLink({ href }: { href: string }) {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return <>{href}</>;
  }
  if (url.origin === window.location.origin) {
    return <Link to={`${url.pathname}${url.search}${url.hash}`}>{href}</Link>;
  }
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {href}
    </a>
  );
}
