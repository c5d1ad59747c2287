package se.samverkan.connection;

/** Which end of a connection question a carrier lies within; BETWEEN reaches both only through others. */
enum Side {
    FROM,
    TO,
    BETWEEN
}
