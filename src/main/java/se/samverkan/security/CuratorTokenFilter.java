package se.samverkan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the bearer token into the request's authentication. It refuses nothing itself: a wrong token may
 * still read, and the authorisation rules decide what needs the curator. Looks only at the headers, so a
 * refused upload is answered before its body is read.
 */
final class CuratorTokenFilter extends OncePerRequestFilter {

    private final CuratorToken token;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CuratorTokenFilter(CuratorToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CuratorAuthentication authentication = token.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (authentication != null) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(authentication);
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
