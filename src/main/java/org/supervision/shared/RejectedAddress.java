package org.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses an address with an encoded slash, a semicolon, a line
 * break or "..". Its default answer is a bare 400; this one says what is wrong, in the same
 * ProblemDetail shape as the product's other refusals.
 */
@Configuration
class RejectedAddress {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    RequestRejectedHandler plainRejection() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", "Bad Request", "status", 400,
                    "detail", "The address of this request contains characters that are not allowed (such as an encoded "
                            + "slash, a semicolon, a line break or '..'); check the link"));
        };
    }
}
